/** What every feature shares: entities, translations, text helpers and common UI pieces. */
@NullMarked
package vn.chibo.base;

import org.jspecify.annotations.NullMarked;
