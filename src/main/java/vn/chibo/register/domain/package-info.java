/** The register of document numbers (domain). */
@NullMarked
package vn.chibo.register.domain;

import org.jspecify.annotations.NullMarked;
