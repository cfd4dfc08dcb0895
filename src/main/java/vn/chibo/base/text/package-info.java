/** Text helpers for Vietnamese: accent folding for search, clean-up of typed names. */
@NullMarked
package vn.chibo.base.text;

import org.jspecify.annotations.NullMarked;
