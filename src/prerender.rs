//! Where prerendered HTML goes in `index.html`, shared by the build-time tool (which writes
//! it) and the page entry point (which hydrates it).

/// Mark the calculator inside `<div id="app">`: the browser hydrates what stands between
/// them. What stands there in the source `index.html` is the fallback shown if prerendering
/// was skipped.
pub const APP_START: &str = "<!-- prerender:start -->";
pub const APP_END: &str = "<!-- prerender:end -->";

/// Mark where the static explanations go; the wasm never touches them.
pub const EXPLAINER_START: &str = "<!-- explainer:start -->";
pub const EXPLAINER_END: &str = "<!-- explainer:end -->";

/// The attribute the root element carries once it holds prerendered HTML; the entry point
/// hydrates such a root and renders into any other.
pub const HYDRATE_ATTRIBUTE: &str = "data-prerendered";

const APP_ROOT: &str = "<div id=\"app\"";

/// The page with the calculator and the explanations written in, and the calculator's root
/// flagged for hydration.
pub fn prerender_page(page: &str, calculator: &str, explainer: &str) -> Result<String, String> {
    let page = replace_between(page, APP_START, APP_END, calculator)?;
    let page = replace_between(&page, EXPLAINER_START, EXPLAINER_END, explainer)?;
    let root_at = page
        .find(APP_ROOT)
        .ok_or("the page has no <div id=\"app\">")?;
    let insert_at = root_at + APP_ROOT.len();
    Ok(format!(
        "{} {HYDRATE_ATTRIBUTE}=\"\"{}",
        &page[..insert_at],
        &page[insert_at..]
    ))
}

/// Replaces the marks and what stands between them with `content`.
fn replace_between(page: &str, start: &str, end: &str, content: &str) -> Result<String, String> {
    let from = page.find(start).ok_or_else(|| format!("no {start} mark"))?;
    let to = page[from..]
        .find(end)
        .map(|offset| from + offset)
        .ok_or_else(|| format!("no {end} mark after {start}"))?;
    Ok(format!(
        "{}{content}{}",
        &page[..from],
        &page[to + end.len()..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_both_parts_and_flags_the_calculator_for_hydration() {
        let page = concat!(
            "<main><div id=\"app\"><!-- prerender:start --><p>Loading</p><!-- prerender:end --></div>",
            "<!-- explainer:start --><!-- explainer:end --></main>"
        );
        let output = prerender_page(page, "<form>calc</form>", "<section>why</section>").unwrap();
        assert_eq!(
            output,
            "<main><div id=\"app\" data-prerendered=\"\"><form>calc</form></div><section>why</section></main>"
        );
    }

    #[test]
    fn refuses_a_page_without_marks() {
        assert!(prerender_page("<div id=\"app\"></div>", "x", "y").is_err());
        let no_explainer = "<div id=\"app\"><!-- prerender:start --><!-- prerender:end --></div>";
        assert!(prerender_page(no_explainer, "x", "y").is_err());
    }
}
