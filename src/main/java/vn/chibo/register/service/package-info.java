/** The register of document numbers (service). */
@NullMarked
package vn.chibo.register.service;

import org.jspecify.annotations.NullMarked;
