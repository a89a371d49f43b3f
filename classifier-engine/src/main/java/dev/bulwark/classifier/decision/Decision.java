package dev.bulwark.classifier.decision;

import java.util.List;

/** The strictest verdict over all categories and the reasons for it, strictest first. */
public record Decision(Verdict verdict, List<Reason> reasons) {

    public Decision {
        reasons = List.copyOf(reasons);
    }
}
