package vn.chibo.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own {@link SecurityContextHolderStrategy} globally when an application context starts, and
 * each context's method security keeps the one it was built with. With several cached test contexts (the
 * shared one, the e-mail one, the one behind the browser journeys) the last started would win and the others'
 * tests would run "not logged in". Before each test this puts back the strategy of the test's own context,
 * ahead of {@code @WithUserDetails} (order 10000) storing the user in it.
 */
public class SecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
