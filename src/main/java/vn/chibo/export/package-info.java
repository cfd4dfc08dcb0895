/**
 * Stable download addresses for every document the product prints (Word, Excel). Each answers only to those
 * who may see the page that links to it: the features' services decide; "not yours" and "does not exist"
 * both answer 404.
 */
@NullMarked
package vn.chibo.export;

import org.jspecify.annotations.NullMarked;
