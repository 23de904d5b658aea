package org.mineaction.platform.registry.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mineaction.chassis.domain.CountryCode;

/**
 * The UN geoscheme (M49) region of a platform's country, by which the ISU groups and filters
 * countries. Derived from the country at registration; the lead may set another.
 */
public enum Region {
    AFRICA("DZA EGY LBY MAR SDN TUN ESH BDI COM DJI ERI ETH KEN MDG MWI MUS MYT MOZ REU RWA SYC SOM SSD UGA TZA "
            + "ZMB ZWE IOT ATF AGO CMR CAF TCD COG COD GNQ GAB STP BWA SWZ LSO NAM ZAF BEN BFA CPV CIV GMB GHA "
            + "GIN GNB LBR MLI MRT NER NGA SHN SEN SLE TGO"),
    AMERICAS("AIA ATG ABW BHS BRB BES VGB CYM CUB CUW DMA DOM GRD GLP HTI JAM MTQ MSR PRI BLM KNA LCA MAF VCT "
            + "SXM TTO TCA VIR BLZ CRI SLV GTM HND MEX NIC PAN ARG BOL BVT BRA CHL COL ECU FLK GUF GUY PRY PER "
            + "SGS SUR URY VEN BMU CAN GRL SPM USA"),
    ASIA("KAZ KGZ TJK TKM UZB CHN HKG MAC PRK JPN MNG KOR TWN BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM AFG "
            + "BGD BTN IND IRN MDV NPL PAK LKA ARM AZE BHR CYP GEO IRQ ISR JOR KWT LBN OMN QAT SAU PSE SYR TUR "
            + "ARE YEM"),
    EUROPE("BLR BGR CZE HUN POL MDA ROU RUS SVK UKR ALA DNK EST FRO FIN GGY ISL IRL IMN JEY LVA LTU NOR SJM SWE "
            + "GBR ALB AND BIH HRV GIB GRC VAT ITA MLT MNE MKD PRT SMR SRB SVN ESP AUT BEL FRA DEU LIE LUX MCO "
            + "NLD CHE"),
    OCEANIA("AUS NZL NFK CXR CCK HMD FJI NCL PNG SLB VUT GUM KIR MHL FSM NRU MNP PLW UMI ASM COK PYF NIU PCN "
            + "WSM TKL TON TUV WLF");

    private static final Map<String, Region> BY_COUNTRY = new HashMap<>();

    static {
        for (Region region : values()) {
            for (String code : region.countries.split(" ")) {
                BY_COUNTRY.put(code, region);
            }
        }
    }

    private final String countries;

    Region(String countries) {
        this.countries = countries;
    }

    /** The M49 region of a country; empty for the few places it assigns none (Antarctica). */
    public static Optional<Region> of(CountryCode country) {
        return Optional.ofNullable(BY_COUNTRY.get(country.value()));
    }
}
