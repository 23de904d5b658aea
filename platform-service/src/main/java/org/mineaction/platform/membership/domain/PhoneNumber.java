package org.mineaction.platform.membership.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * A mobile phone number in E.164 form ({@code +85512345678}), the only form SMS providers agree
 * on. People type numbers as they dial them at home, so a number without a country prefix is
 * read as a number of the platform's country.
 */
public record PhoneNumber(String e164) {

    public static final String FIELD = "phone";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    /** Types that can receive an SMS; many countries cannot tell fixed from mobile by the number. */
    private static final Set<PhoneNumberType> CAN_RECEIVE_SMS = Set.of(PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.PERSONAL_NUMBER);
    private static final Map<String, String> ALPHA_2_BY_ALPHA_3 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA_2_BY_ALPHA_3.put(Locale.of("", alpha2).getISO3Country(), alpha2);
        }
    }

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new InvalidInputException(FIELD, "must be an E.164 number such as +85512345678");
        }
    }

    /**
     * Reads a number as typed.
     *
     * @param raw            e.g. {@code 012 345 678} or {@code +855 12 345 678}
     * @param defaultCountry the platform's country: the region of numbers typed without prefix
     */
    public static PhoneNumber parse(String raw, CountryCode defaultCountry) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            throw new InvalidInputException(FIELD, "must be a phone number of at most 40 characters");
        }
        String region = ALPHA_2_BY_ALPHA_3.getOrDefault(defaultCountry.value(), "ZZ");
        Phonenumber.PhoneNumber number;
        try {
            number = UTIL.parse(raw.strip(), region);
        } catch (NumberParseException e) {
            throw new InvalidInputException(FIELD, "is not a phone number; use the international form, e.g. +85512345678");
        }
        if (!UTIL.isValidNumber(number)) {
            throw new InvalidInputException(FIELD, "is not a valid phone number for its country");
        }
        if (!CAN_RECEIVE_SMS.contains(UTIL.getNumberType(number))) {
            throw new InvalidInputException(FIELD, "must be a mobile number that can receive SMS");
        }
        return new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164));
    }

    @Override
    public String toString() {
        return e164;
    }
}
