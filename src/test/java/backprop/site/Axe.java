package backprop.site;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/** axe-core (the version bundled with com.deque.html.axe-core:selenium) run on the current page. */
final class Axe {
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Axe() {
    }

    /**
     * The serious and critical violations of the WCAG 2.x A/AA rules and axe's best practices on the
     * page as it is now, one line per element: state, rule id, impact, target, help.
     */
    static List<String> serious(WebDriver driver, String state) {
        Results r = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(driver);
        if (r.isErrored()) return List.of(state + ": axe failed: " + r.getErrorMessage());
        List<String> out = new ArrayList<>();
        for (Rule rule : r.getViolations()) {
            for (CheckedNode n : rule.getNodes()) {
                String impact = n.getImpact() != null ? n.getImpact() : rule.getImpact();
                if (!BLOCKING.contains(impact)) continue;
                out.add(state + ": " + rule.getId() + " (" + impact + ") at " + n.getTarget() + ": " + rule.getHelp()
                        + (n.getFailureSummary() == null ? "" : " — " + n.getFailureSummary().replace('\n', ' ')));
            }
        }
        return out;
    }
}
