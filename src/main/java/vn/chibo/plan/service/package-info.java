/** Plans, topics, the presenter rotation, the committee's topic library. */
@NullMarked
package vn.chibo.plan.service;

import org.jspecify.annotations.NullMarked;
