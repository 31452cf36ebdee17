package dev.logredactor.spring;

import dev.logredactor.core.DropIn;
import dev.logredactor.core.FindingCounts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/logredactor}: whether redaction is on and how (the settings in words, with no key
 * material), the findings counted per type, the loggers with the most findings, and the failures. Never
 * a value. Exposed like any endpoint: {@code management.endpoints.web.exposure.include=logredactor}.
 */
@Endpoint(id = "logredactor")
public class LogRedactorEndpoint {
    private final int topLoggers;

    /** @param topLoggers how many loggers {@code topLoggers} names before {@code other} */
    public LogRedactorEndpoint(int topLoggers) {
        this.topLoggers = topLoggers;
    }

    /**
     * The report.
     *
     * @return {@code enabled}, {@code mode}, {@code settings}, {@code findings}, {@code topLoggers}, {@code failures}
     */
    @ReadOperation
    public Map<String, Object> report() {
        Applied applied = Applied.current();
        FindingCounts counts = FindingCounts.global();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("enabled", applied.enabled);
        r.put("mode", applied.mode);
        String aside = DropIn.steppedAsideFor();
        r.put("settings", aside == null ? applied.settings : "those of " + aside + " in the logging configuration (logredactor.* apply "
                + "to the drop-in mode, which stepped aside for it)");
        r.put("findings", counts.byType());
        r.put("topLoggers", counts.topLoggers(topLoggers));
        r.put("failures", counts.failures());
        return r;
    }
}
