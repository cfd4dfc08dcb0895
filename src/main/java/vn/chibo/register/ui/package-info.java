/** The register of document numbers (ui). */
@NullMarked
package vn.chibo.register.ui;

import org.jspecify.annotations.NullMarked;
