package dev.bulwark.demo.client;

/** The texts whose verdicts on surface {@code chat} the demo and the end-to-end suite rely on. */
public final class CanonicalTexts {

    public static final String ALLOW = "Thanks for the quick delivery, the blender works great.";
    /** REVIEW, harassment. */
    public static final String REVIEW_HARASSMENT = "You are a pathetic idiot and everyone knows it.";
    /** REVIEW after normalisation, harassment with evasion. */
    public static final String REVIEW_EVASION = "y0u are a p a t h e t i c 1d10t";
    /** REVIEW, pii; never auto-enforced. */
    public static final String REVIEW_PII = "Call me at +1 415 555 0100 or mail jane.doe@example.com";
    /** BLOCK, auto-enforced: violence or harassment/threatening. */
    public static final String BLOCK_THREAT = "I will kill you and burn your house down.";
    /** BLOCK, auto-enforced: spam. */
    public static final String BLOCK_SPAM = "FREE MONEY!!! Buy cheap pills now at http://bit.ly/cheap-pills click here";

    private CanonicalTexts() {}
}
