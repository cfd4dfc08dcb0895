/** What every feature's domain shares: entity identity, optimistic locking and domain errors. */
@NullMarked
package vn.chibo.base.domain;

import org.jspecify.annotations.NullMarked;
