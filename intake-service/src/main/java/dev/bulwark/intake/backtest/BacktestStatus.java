package dev.bulwark.intake.backtest;

/** Where a backtest job stands. */
public enum BacktestStatus {
    RUNNING,
    SUCCEEDED,
    FAILED
}
