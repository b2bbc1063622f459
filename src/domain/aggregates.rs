//! Aggregates for procurement, with small cells suppressed.
//!
//! A count below k could point at a single worker ("the one report from the small farm in
//! March"), so it is shown as suppressed. k is configurable per organisation; 5 by default.
//! Empty cells are left out rather than shown as 0: listing every supplier with "0" would
//! publish the directory's contract list, and a 0 next to a suppressed cell adds nothing.
//!
//! Suppression here is per cell. Callers must not publish totals beside suppressed cells, or
//! the hidden figure can be recovered by subtraction.

/// The default k: counts of 4 and below are hidden, 5 and above are shown.
pub const DEFAULT_K: u64 = 5;

/// One counted group: a supplier, a country, an indicator or a month, and how many cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell<K> {
    /// What was counted.
    pub key: K,
    /// How many cases fall in it.
    pub count: u64,
}

/// A figure as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// At least k: safe to show.
    Count(u64),
    /// Between 1 and k − 1: shown only as "fewer than k".
    Suppressed,
}

impl Shown {
    /// The figure, if it may be shown.
    pub fn count(self) -> Option<u64> {
        match self {
            Self::Count(n) => Some(n),
            Self::Suppressed => None,
        }
    }

    /// Whether the figure is hidden.
    pub fn is_suppressed(self) -> bool {
        self == Self::Suppressed
    }
}

/// Suppresses every count strictly below `k` and drops empty cells, keeping the input order.
/// `k` of 0 or 1 suppresses nothing.
pub fn suppress<K>(cells: impl IntoIterator<Item = Cell<K>>, k: u64) -> Vec<(K, Shown)> {
    cells
        .into_iter()
        .filter(|cell| cell.count > 0)
        .map(|Cell { key, count }| {
            let shown = if count < k {
                Shown::Suppressed
            } else {
                Shown::Count(count)
            };
            (key, shown)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn cells(counts: &[u64]) -> Vec<Cell<usize>> {
        counts
            .iter()
            .enumerate()
            .map(|(key, &count)| Cell { key, count })
            .collect()
    }

    fn shown(counts: &[u64], k: u64) -> Vec<Shown> {
        suppress(cells(counts), k)
            .into_iter()
            .map(|(_, s)| s)
            .collect()
    }

    #[test]
    fn the_default_hides_four_and_shows_five() {
        assert_eq!(
            shown(&[4, 5, 6], DEFAULT_K),
            [Shown::Suppressed, Shown::Count(5), Shown::Count(6)]
        );
    }

    #[test]
    fn the_boundary_is_k_for_any_k() {
        for k in [2, 3, 5, 10, 100] {
            assert_eq!(
                shown(&[k - 1, k, k + 1], k),
                [Shown::Suppressed, Shown::Count(k), Shown::Count(k + 1)],
                "k = {k}"
            );
        }
    }

    #[test]
    fn k_of_one_or_zero_suppresses_nothing() {
        assert_eq!(shown(&[1, 2], 1), [Shown::Count(1), Shown::Count(2)]);
        assert_eq!(shown(&[1, 2], 0), [Shown::Count(1), Shown::Count(2)]);
    }

    #[test]
    fn empty_cells_are_not_emitted_and_order_and_keys_are_kept() {
        let out = suppress(
            vec![
                Cell {
                    key: "SE",
                    count: 0,
                },
                Cell {
                    key: "BD",
                    count: 7,
                },
                Cell {
                    key: "IN",
                    count: 1,
                },
            ],
            5,
        );
        assert_eq!(out, [("BD", Shown::Count(7)), ("IN", Shown::Suppressed)]);
        assert_eq!(out[0].1.count(), Some(7));
        assert!(out[1].1.is_suppressed());
        assert_eq!(out[1].1.count(), None);
    }

    proptest! {
        #[test]
        fn no_count_below_k_is_ever_shown(counts in prop::collection::vec(0u64..20, 0..30), k in 0u64..10) {
            let out = suppress(cells(&counts), k);
            prop_assert_eq!(out.len(), counts.iter().filter(|c| **c > 0).count());
            for (key, shown) in out {
                let count = counts[key];
                prop_assert!(count > 0);
                match shown {
                    Shown::Count(n) => prop_assert!(n == count && n >= k),
                    Shown::Suppressed => prop_assert!(count < k),
                }
            }
        }
    }
}
