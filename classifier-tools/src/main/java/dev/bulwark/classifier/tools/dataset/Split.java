package dev.bulwark.classifier.tools.dataset;

/** The part of a dataset an example belongs to. */
public enum Split {
    /** Fits the model's weights. */
    TRAIN,
    /** Fits the calibration and checks thresholds; never trained on. */
    TUNE,
    /** Held out: measured once for the model card, never used to train, tune or calibrate. */
    TEST
}
