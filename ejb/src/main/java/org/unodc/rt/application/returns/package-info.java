/**
 * Use cases on implementation returns: focal points draft and submit their own State's return ({@link
 * org.unodc.rt.application.returns.ReturnDrafting}) with its evidence ({@link
 * org.unodc.rt.application.returns.ReturnEvidence}), the secretariat reviews it ({@link
 * org.unodc.rt.application.returns.ReturnReviewing}), and everyone reads what they may ({@link
 * org.unodc.rt.application.returns.ReturnQueries}); the isolation rule (a focal point reaches only its own State's
 * returns) is enforced here.
 */
package org.unodc.rt.application.returns;
