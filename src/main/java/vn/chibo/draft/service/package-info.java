@NullMarked
package vn.chibo.draft.service;

import org.jspecify.annotations.NullMarked;
