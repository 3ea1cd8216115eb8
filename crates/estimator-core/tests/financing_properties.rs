//! Properties of the amortisation: whatever the amount, rate and term, the payments repay at
//! least the amount financed, a higher APR never lowers a payment, and the last payment is
//! never larger than the others. proptest is host-only, so this file is compiled out on wasm32.
#![cfg(not(target_arch = "wasm32"))]

use estimator_core::financing::{amortise, deferred_interest, MAX_APR_HUNDREDTHS, MAX_MONTHS};
use estimator_core::price_book::MAX_AMOUNT_MINOR;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_total_of_payments_is_at_least_the_principal(
        principal in 0..=MAX_AMOUNT_MINOR * 6,
        apr in 0..=MAX_APR_HUNDREDTHS,
        months in 1..=MAX_MONTHS,
    ) {
        let repaid = amortise(principal, apr, months);
        prop_assert!(repaid.total >= principal);
        prop_assert_eq!(repaid.interest, repaid.total - principal);
        prop_assert!(repaid.last_payment <= repaid.payment);
        prop_assert!(repaid.payments <= months);
        if apr == 0 {
            prop_assert_eq!(repaid.total, principal);
        }
    }

    #[test]
    fn a_higher_apr_never_lowers_a_payment(
        principal in 1..=MAX_AMOUNT_MINOR * 6,
        low in 0..=MAX_APR_HUNDREDTHS,
        raise in 0..=MAX_APR_HUNDREDTHS,
        months in 1..=MAX_MONTHS,
    ) {
        let high = (low + raise).min(MAX_APR_HUNDREDTHS);
        let cheaper = amortise(principal, low, months);
        let dearer = amortise(principal, high, months);
        prop_assert!(dearer.payment >= cheaper.payment);
        prop_assert!(dearer.total >= cheaper.total);
        prop_assert!(deferred_interest(principal, high, months) >= deferred_interest(principal, low, months));
    }

    #[test]
    fn any_amount_at_all_is_handled(principal in any::<u64>(), apr in any::<u32>(), months in any::<u32>()) {
        let repaid = amortise(principal, apr, months);
        prop_assert!(repaid.total >= principal);
    }
}
