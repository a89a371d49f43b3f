package dev.bulwark.intake.backtest;

/** A backtest that cannot start: the request names no known version or an empty window. */
public class BacktestRefused extends RuntimeException {

    private final String field;

    public BacktestRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
