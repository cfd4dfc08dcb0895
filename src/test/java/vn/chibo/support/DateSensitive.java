package vn.chibo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test whose situation depends on the calendar (the demo is built from the clock: meetings, deadlines, the
 * year's history). {@code ./mvnw verify} runs these again at pinned moments — New Year's night, a leap day, the
 * last day of a month, a meeting day before and after the meeting, the week after a draft deadline — besides the
 * real today (pom.xml, the {@code pinned-*} executions).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("dated")
public @interface DateSensitive {
}
