//! Aligned plain-text tables for the size budget and `cargo xtask bench`.

/// A table printed with the first column aligned left and every other column right, as
/// figures read best.
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[&str]) -> Self {
        Self {
            header: header.iter().map(|cell| cell.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }

    /// The table as lines indented by two spaces, with a rule under the header.
    pub fn render(&self) -> String {
        let widths = self.column_widths();
        let rule: Vec<String> = widths.iter().map(|width| "-".repeat(*width)).collect();
        let mut text = String::new();
        for cells in std::iter::once(&self.header)
            .chain(std::iter::once(&rule))
            .chain(&self.rows)
        {
            text.push_str(&render_line(cells, &widths));
            text.push('\n');
        }
        text
    }

    /// Widths in characters, not bytes: cells hold `×`, `≤` and `–`.
    fn column_widths(&self) -> Vec<usize> {
        let mut widths = vec![0; self.header.len()];
        for cells in std::iter::once(&self.header).chain(&self.rows) {
            for (index, cell) in cells.iter().enumerate() {
                if index >= widths.len() {
                    widths.push(0);
                }
                widths[index] = widths[index].max(cell.chars().count());
            }
        }
        widths
    }
}

fn render_line(cells: &[String], widths: &[usize]) -> String {
    let padded: Vec<String> = cells
        .iter()
        .zip(widths)
        .enumerate()
        .map(|(index, (cell, width))| {
            let padding = " ".repeat(width.saturating_sub(cell.chars().count()));
            if index == 0 {
                format!("{cell}{padding}")
            } else {
                format!("{padding}{cell}")
            }
        })
        .collect();
    format!("  {}", padded.join("   ").trim_end())
}

/// A byte count with thousands separators, as in `138,412`.
pub fn grouped(number: u64) -> String {
    let digits = number.to_string();
    let mut text = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            text.push(',');
        }
        text.push(digit);
    }
    text
}

/// `ours / floor` as `2.61×`, or `–` when there is nothing to divide by.
pub fn ratio(ours: f64, floor: f64) -> String {
    if floor > 0.0 {
        format!("{:.2}×", ours / floor)
    } else {
        "–".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_digits_by_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(grouped(138_412), "138,412");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }

    #[test]
    fn aligns_the_first_column_left_and_figures_right() {
        let mut table = Table::new(&["asset", "bytes"]);
        table.row(["index.html", "8,124"]);
        table.row(["app.wasm", "121,755"]);
        assert_eq!(
            table.render(),
            "  asset          bytes\n  ----------   -------\n  index.html     8,124\n  app.wasm     121,755\n"
        );
    }

    #[test]
    fn a_ratio_needs_a_floor() {
        assert_eq!(ratio(3.0, 2.0), "1.50×");
        assert_eq!(ratio(3.0, 0.0), "–");
    }
}
