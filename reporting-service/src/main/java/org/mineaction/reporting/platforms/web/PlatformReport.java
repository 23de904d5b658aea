package org.mineaction.reporting.platforms.web;

import java.util.List;

/** Response of {@code GET /api/v1/reports/platforms}. */
record PlatformReport(List<PlatformRow> platforms, int total) {
}
