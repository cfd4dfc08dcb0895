package vn.chibo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test whose situation depends on the calendar (the demo is built from the clock: meetings, deadlines, the
 * year's history). {@code ./mvnw verify} runs these again at pinned moments — New Year's night, a leap day's evening,
 * the last day of a month in the week after a draft deadline, a meeting day before its meetings — besides the
 * real today (pom.xml, the {@code pinned-*} executions). A test whose situation no longer depends on the date (it
 * makes what it needs) does not need it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("dated")
public @interface DateSensitive {}
