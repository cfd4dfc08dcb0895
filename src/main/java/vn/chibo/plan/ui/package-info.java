/** Pages of the plan feature: the annual plan, the rotation, fairness, the committee's topic library. */
@NullMarked
package vn.chibo.plan.ui;

import org.jspecify.annotations.NullMarked;
