package org.mineaction.notification.deliverylog.web;

import java.util.Locale;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.chassis.security.Caller;
import org.mineaction.chassis.security.PlatformRole;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.DeliveryRecord;
import org.mineaction.notification.deliverylog.DeliveryLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery log of a platform, for its lead and secretariat: someone without a role on the
 * platform learns nothing (404), another role is refused (403).
 */
@RestController
@RequestMapping("/api/v1/platforms/{country}/notifications/deliveries")
class DeliveryLogController {

    private final DeliveryLog log;

    DeliveryLogController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping
    DeliveryLog.Page list(@PathVariable String country, @RequestParam(required = false) String channel,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Caller caller) {
        return log.page(authorized(country, caller), channelOf(channel), page, size);
    }

    @GetMapping("/{id}")
    DeliveryRecord read(@PathVariable String country, @PathVariable String id, Caller caller) {
        return log.entry(authorized(country, caller), id).orElseThrow(() -> new NotFoundException("No message " + id));
    }

    private static String authorized(String country, Caller caller) {
        String code = CountryCode.parse(country).value();
        caller.requireMemberOf(code);
        caller.requireRole(code, PlatformRole.LEAD, PlatformRole.SECRETARIAT);
        return code;
    }

    private static Channel channelOf(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        try {
            return Channel.valueOf(channel.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("channel", "must be EMAIL or SMS");
        }
    }
}
