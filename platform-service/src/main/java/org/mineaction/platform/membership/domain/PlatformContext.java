package org.mineaction.platform.membership.domain;

import java.time.ZoneId;
import org.mineaction.chassis.domain.CountryCode;

/**
 * What membership rules need to know about the platform a member joins: its country (the region
 * of phone numbers typed without prefix) and the defaults for language and time zone.
 */
public record PlatformContext(CountryCode country, String defaultLanguage, ZoneId defaultTimeZone) {
}
