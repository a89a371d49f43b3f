package dev.bulwark.bench.profile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Prints a process's {@link HotFrames} as two Markdown tables: by library, then by method. */
public final class ProfileReport {

    private final PrintStream out;

    public ProfileReport(PrintStream out) {
        this.out = out;
    }

    public void print(HotFrames hot, Path recording) {
        out.printf(Locale.ROOT, "%n### %s: %,d CPU samples in the measured phase of (a) (%s)%n%n", hot.process(), hot.samples(), recording);
        table("library (first frame outside the JDK)", hot.libraries());
        table("method", hot.methods());
    }

    private void table(String heading, List<HotFrames.Share> shares) {
        out.printf("| %s | samples | share |%n|---|--:|--:|%n", heading);
        shares.forEach(s -> out.printf(Locale.ROOT, "| %s | %,d | %.1f %% |%n", s.name(), s.samples(), s.fraction() * 100));
        out.println();
    }
}
