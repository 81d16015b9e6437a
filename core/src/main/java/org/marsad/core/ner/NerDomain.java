package org.marsad.core.ner;

/**
 * The text domains a model is trained on. Training uses feature augmentation (Daumé 2007): every
 * feature has a weight shared by all domains and one of its own domain, so news and encyclopedic
 * annotation conventions inform each other without being forced to agree. Tagging in a domain adds
 * the shared and the domain's weights (folded into one table when the model is written).
 */
public enum NerDomain {
  /** News reports (ANERcorp); the default, what {@code analyze} reads. */
  NEWS,
  /** Encyclopedic text with gold labels (AQMAR). */
  WIKIPEDIA,
  /** Silver labels derived from Wikipedia links (WikiANN); only ever a training domain. */
  SILVER
}
