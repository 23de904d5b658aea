package org.mineaction.reporting.figures;

import java.util.List;
import java.util.Map;

/** Realistic event streams for the figures tests; each country's events in the order they happened. */
final class Streams {

    private Streams() {
    }

    private static final List<String> KHM_MEMBERS = List.of("m-khm-1", "m-khm-2", "m-khm-3", "m-khm-4", "m-khm-5",
            "m-khm-6");

    /**
     * Cambodia (quarterly, 2023-2025), Senegal (twice a year, 2024) and Tajikistan (quarterly, 2024):
     * the figures FiguresIT asserts are worked out in its comments and in the definitions.
     */
    static EventStream threeCountries() {
        EventStream s = new EventStream();
        // Cambodia
        s.registered("KHM", "Cambodia National Mine Action Platform", "2023-01-10")
                .updated("KHM", "Cambodia National Mine Action Platform", "ASIA", "QUARTERLY", "ARTICLE_5_CLEARANCE",
                        "2023-01-11")
                .member("KHM", "m-khm-1", "NATIONAL_NGO", "FEMALE", "AGE_25_39", "2023-01-12")
                .member("KHM", "m-khm-2", "NATIONAL_NGO", "FEMALE", "AGE_40_54", "2023-01-12")
                .member("KHM", "m-khm-3", "NATIONAL_NGO", "FEMALE", "AGE_40_54", "2023-01-12")
                .member("KHM", "m-khm-4", "MINISTRY", "FEMALE", "AGE_55_PLUS", "2023-01-12")
                .member("KHM", "m-khm-5", "DONOR_STATE", "FEMALE", null, "2023-01-12")
                .member("KHM", "m-khm-6", "AFFECTED_POPULATION", "MALE", "UNDER_25", "2023-01-12")
                .scheduled("KHM", "k23", "2023-06-10", "2023-03-01")
                .held("KHM", "k23", "2023-06-10", List.of("m-khm-1"), Map.of())
                .scheduled("KHM", "k1", "2024-02-15", "2024-01-05")
                .scheduled("KHM", "k2", "2024-05-20", "2024-01-05")
                .scheduled("KHM", "k3", "2024-08-10", "2024-01-05")
                .scheduled("KHM", "k4", "2024-11-05", "2024-01-05")
                .held("KHM", "k1", "2024-02-15", KHM_MEMBERS, Map.of("AFFECTED_POPULATION", 3))
                .outcome("KHM", "k1", "CHALLENGE", "ARTICLE_5_CLEARANCE", "funding-gap", "2024-02-15")
                .actionPoint("assigned", "KHM", "ap1", "2024-02-15", "2024-03-31", "OPEN", null, "2024-02-15")
                .actionPoint("assigned", "KHM", "ap2", "2024-02-15", "2024-06-30", "OPEN", null, "2024-02-15")
                .minutesApproved("KHM", "k1", "2024-02-25")
                .notification("KHM", "n1", "EMAIL", true, "2024-02-26")
                .notification("KHM", "n2", "EMAIL", true, "2024-02-26")
                .notification("KHM", "n5", "EMAIL", false, "2024-03-01")
                .notification("KHM", "n5", "EMAIL", true, "2024-03-02")
                .actionPoint("status-changed", "KHM", "ap1", "2024-02-15", "2024-03-31", "DONE", "2024-03-10",
                        "2024-03-10")
                .actionPoint("status-changed", "KHM", "ap2", "2024-02-15", "2024-06-30", "IN_PROGRESS", null,
                        "2024-04-01")
                .commitment("KHM", "c1", "Norway", "PLEDGE", "1000000", "NOK", List.of(2024, 2025),
                        "ARTICLE_5_CLEARANCE", "2024-02-15")
                .commitment("KHM", "c2", "European Union", "DISBURSEMENT", "250000.50", "EUR", List.of(2024),
                        "VICTIM_ASSISTANCE", "2024-04-02")
                .article7("KHM", 2023, "2024-04-30", "2024-06-15", false)
                .held("KHM", "k2", "2024-05-20", KHM_MEMBERS.subList(0, 3), Map.of())
                .outcome("KHM", "k2", "CHALLENGE", "ARTICLE_5_CLEARANCE", "funding-gap", "2024-05-20")
                .outcome("KHM", "k2", "NEED", "VICTIM_ASSISTANCE", "survey-equipment", "2024-05-20")
                .actionPoint("assigned", "KHM", "ap3", "2024-05-20", "2024-09-30", "OPEN", null, "2024-05-20")
                .actionPoint("assigned", "KHM", "ap4", "2024-05-20", "2027-01-31", "IN_PROGRESS", null, "2024-05-20")
                .minutesApproved("KHM", "k2", "2024-05-24")
                .notification("KHM", "n3", "EMAIL", true, "2024-05-25")
                .notification("KHM", "n4", "SMS", false, "2024-05-25")
                .actionPoint("status-changed", "KHM", "ap2", "2024-02-15", "2024-06-30", "DONE", "2024-07-15",
                        "2024-07-15")
                .cancelled("KHM", "k3", "2024-08-01")
                .commitment("KHM", "c3", "Japan", "COMMITMENT", "100", "XAF", List.of(2024), "ARTICLE_5_CLEARANCE",
                        "2024-09-01")
                .held("KHM", "k4", "2024-11-05", KHM_MEMBERS.subList(0, 2), Map.of())
                .actionPoint("assigned", "KHM", "ap5", "2024-11-05", "2024-12-31", "OPEN", null, "2024-11-05")
                .actionPoint("status-changed", "KHM", "ap5", "2024-11-05", "2024-12-31", "DROPPED", "2024-12-01",
                        "2024-12-01")
                .scheduled("KHM", "k5", "2025-02-20", "2025-01-10")
                .rescheduled("KHM", "k5", "2025-03-01", "2025-02-01")
                .held("KHM", "k5", "2025-03-01", List.of("m-khm-1"), Map.of())
                .outcome("KHM", "k5", "CHALLENGE", "ARTICLE_5_CLEARANCE", "funding-gap", "2025-03-01")
                .outcome("KHM", "k5", "PRIORITY", "ARTICLE_5_CLEARANCE", "north-west-clearance", "2025-03-01")
                .article7("KHM", 2024, "2025-04-30", "2025-04-28", true);
        // Senegal
        s.registered("SEN", "Senegal National Mine Action Platform", "2024-01-15")
                .updated("SEN", "Senegal National Mine Action Platform", "AFRICA", "BIANNUAL", "VICTIM_ASSISTANCE",
                        "2024-01-16")
                .member("SEN", "m-sen-1", "NATIONAL_AUTHORITY", "MALE", "AGE_40_54", "2024-01-20")
                .actionPoint("assigned", "SEN", "sap1", "2024-03-01", "2024-04-30", "OPEN", null, "2024-03-01")
                .actionPoint("status-changed", "SEN", "sap1", "2024-03-01", "2024-04-30", "DONE", "2024-03-20",
                        "2024-03-20")
                .scheduled("SEN", "s1", "2024-04-10", "2024-03-01")
                .held("SEN", "s1", "2024-04-10", List.of("m-sen-1"), Map.of("UN_AGENCY", 2));
        // Tajikistan
        s.registered("TJK", "Tajikistan National Mine Action Platform", "2023-06-01")
                .updated("TJK", "Tajikistan National Mine Action Platform", "ASIA", "QUARTERLY", "ARTICLE_5_CLEARANCE",
                        "2023-06-02")
                .scheduled("TJK", "t1", "2024-03-15", "2024-02-01")
                .held("TJK", "t1", "2024-03-15", List.of(), Map.of("MINISTRY", 4))
                .scheduled("TJK", "t2", "2024-06-20", "2024-05-01")
                .held("TJK", "t2", "2024-06-20", List.of(), Map.of("MINISTRY", 5));
        return s;
    }
}
