//! Aggregates for procurement, with small cells suppressed.
//!
//! A count below k could point at a single worker ("the one report from the small farm in
//! March"), so it is shown as suppressed. k is configurable per organisation; 5 by default.
//! Empty cells are left out rather than shown as 0: listing every supplier with "0" would
//! publish the directory's contract list, and a 0 next to a suppressed cell adds nothing.
//!
//! Where the cells partition the cases (each case in exactly one supplier, country, sector or
//! month), the hidden cells together are the total minus what is shown, and the total can be
//! read off any other grouping. [`suppress_partition`] therefore hides further cells, smallest
//! first, until the hidden cells add up to at least k: subtraction then yields only a group of
//! k or more, never a count under k.

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

/// Like [`suppress`], for cells that partition the cases: when the suppressed cells add up to
/// less than k (one small cell, say), the smallest shown cells are suppressed too, until the
/// hidden total is at least k or nothing is shown. The hidden cells are still listed (as
/// "fewer than k"), so each is known to hold at least one case: when they add up to exactly
/// their number, each would be known to hold exactly one, and another cell is hidden too.
pub fn suppress_partition<K>(cells: impl IntoIterator<Item = Cell<K>>, k: u64) -> Vec<(K, Shown)> {
    let cells: Vec<Cell<K>> = cells.into_iter().filter(|c| c.count > 0).collect();
    let mut hidden: Vec<bool> = cells.iter().map(|c| c.count < k).collect();
    let mut hidden_total: u64 = cells
        .iter()
        .zip(&hidden)
        .filter(|(_, h)| **h)
        .map(|(c, _)| c.count)
        .sum();
    let hidden_cells = |hidden: &[bool]| hidden.iter().filter(|h| **h).count() as u64;
    while hidden_total > 0 && (hidden_total < k || hidden_total <= hidden_cells(&hidden)) {
        let Some((i, cell)) = cells
            .iter()
            .enumerate()
            .filter(|(i, _)| !hidden[*i])
            .min_by_key(|(_, c)| c.count)
        else {
            break;
        };
        hidden[i] = true;
        hidden_total += cell.count;
    }
    cells
        .into_iter()
        .zip(hidden)
        .map(|(Cell { key, count }, hidden)| {
            let shown = if hidden {
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

    #[test]
    fn a_lone_small_cell_takes_the_next_smallest_with_it() {
        let out: Vec<Shown> = suppress_partition(cells(&[9, 2, 6, 30]), 5)
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        // 2 alone could be read as total − shown; with 6 hidden too, only "8" is derivable.
        assert_eq!(
            out,
            [
                Shown::Count(9),
                Shown::Suppressed,
                Shown::Suppressed,
                Shown::Count(30)
            ]
        );
        let none_small: Vec<Shown> = suppress_partition(cells(&[5, 6]), 5)
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        assert_eq!(none_small, [Shown::Count(5), Shown::Count(6)]);
        let enough: Vec<Shown> = suppress_partition(cells(&[3, 4, 10]), 5)
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        assert_eq!(
            enough,
            [Shown::Suppressed, Shown::Suppressed, Shown::Count(10)]
        );
    }

    #[test]
    fn hidden_cells_of_one_each_take_a_shown_cell_with_them() {
        let out: Vec<Shown> = suppress_partition(cells(&[10, 8, 1, 1, 1, 1, 1]), 5)
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        assert_eq!(out[0], Shown::Count(10));
        assert_eq!(
            out[1],
            Shown::Suppressed,
            "five hidden ones would each be exactly 1"
        );
    }

    proptest! {
        // Whatever the counts, nothing under k is shown, and the total minus what is shown is
        // either 0 or at least k (or everything is hidden).
        #[test]
        fn subtraction_never_reveals_a_count_under_k(
            counts in prop::collection::vec(0u64..20, 0..12),
            k in 1u64..8,
        ) {
            let out = suppress_partition(cells(&counts), k);
            let total: u64 = counts.iter().sum();
            let shown: u64 = out.iter().filter_map(|(_, s)| s.count()).sum();
            prop_assert!(out.iter().all(|(_, s)| s.count().is_none_or(|n| n >= k)));
            let hidden = total - shown;
            let hidden_cells = out.iter().filter(|(_, s)| s.is_suppressed()).count() as u64;
            prop_assert!(hidden == 0 || hidden >= k || shown == 0);
            // Listed hidden cells hold at least one case each: they must not add up to
            // exactly their number (each would be known to be 1), unless nothing is shown.
            prop_assert!(hidden == 0 || hidden > hidden_cells || shown == 0);
        }
    }
}
