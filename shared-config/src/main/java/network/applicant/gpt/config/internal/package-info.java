/**
 * Settings for calls between our own services: the internal service key that the
 * gateway attaches when it forwards a verified identity, and that services require
 * before they trust identity headers.
 */
@NullMarked
package network.applicant.gpt.config.internal;

import org.jspecify.annotations.NullMarked;
