/**
 * Detection of personal data in columns: which values look like email addresses, phone numbers, payment cards,
 * IBANs, US social security numbers or IP addresses (checked by checksum where the kind has one), which column
 * names stand for person names, per-column scans that count matches in one streaming pass and keep a few masked
 * examples, and the checks that require every such column to be declared in the schema with a GDPR Art. 6(1)
 * legal basis. Depends on {@code data} (missing values) and {@code report} (checks); {@code docs/pii.md} describes
 * every rule.
 */
package io.modelgate.validation.pii;
