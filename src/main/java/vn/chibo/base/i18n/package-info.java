/** Translations of the user interface (Vietnamese first, English second). */
@NullMarked
package vn.chibo.base.i18n;

import org.jspecify.annotations.NullMarked;
