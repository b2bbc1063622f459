//! ISO 3166-1 alpha-2 country codes: suppliers and reports carry one in a clear column, since
//! routing and the aggregates need it.

/// Every officially assigned alpha-2 code, in order.
const CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ \
BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE \
DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR \
GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP \
KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT \
MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW \
PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG \
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// All codes.
pub fn all() -> impl Iterator<Item = &'static str> {
    CODES.split_ascii_whitespace()
}

/// A code that is not an assigned ISO 3166-1 alpha-2 code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("country: must be an ISO 3166-1 alpha-2 code such as SE or BD")]
pub struct UnknownCountry;

/// Normalises (trim, upper case) and checks a country code.
pub fn parse(raw: &str) -> Result<&'static str, UnknownCountry> {
    let code = raw.trim().to_ascii_uppercase();
    all().find(|known| *known == code).ok_or(UnknownCountry)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_complete_sorted_and_unique() {
        let codes: Vec<_> = all().collect();
        assert_eq!(codes.len(), 249);
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
        assert!(
            codes
                .iter()
                .all(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()))
        );
    }

    #[test]
    fn codes_are_normalised() {
        assert_eq!(parse(" se ").unwrap(), "SE");
        assert_eq!(parse("bd").unwrap(), "BD");
        assert!(parse("XX").is_err());
        assert!(parse("SWE").is_err());
        assert!(parse("").is_err());
    }
}
