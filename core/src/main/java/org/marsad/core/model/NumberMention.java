package org.marsad.core.model;

/**
 * A number written as digits or words ("30", "٣٠", "خمسة عشر", "عشرات").
 *
 * @param approximate true for vague quantities such as "عشرات" (tens) or "مئات" (hundreds), whose
 *     value is the lower bound
 */
public record NumberMention(int start, int end, long value, boolean approximate) {}
