/** The annual thematic plan: topics, categories, the committee's topic library, changes after publication. */
@NullMarked
package vn.chibo.plan.domain;

import org.jspecify.annotations.NullMarked;
