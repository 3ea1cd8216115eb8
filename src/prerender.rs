//! Where prerendered HTML goes in `index.html`, shared by the build-time tool (which writes
//! it) and the page entry point (which hydrates it).

/// Marks the start and end of the prerendered page inside `<div id="app">`. The HTML between
/// them in the source `index.html` is what a browser shows if prerendering was skipped.
pub const START_MARK: &str = "<!-- prerender:start -->";
pub const END_MARK: &str = "<!-- prerender:end -->";

/// The attribute the root element carries once it holds prerendered HTML; the entry point
/// hydrates such a root and renders into any other.
pub const HYDRATE_ATTRIBUTE: &str = "data-prerendered";

/// Replaces what stands between the marks with `rendered`, and flags the root for hydration.
pub fn splice(page: &str, rendered: &str) -> Result<String, String> {
    let start = page
        .find(START_MARK)
        .ok_or_else(|| format!("no {START_MARK} mark"))?;
    let end = page
        .find(END_MARK)
        .filter(|end| *end > start)
        .ok_or_else(|| format!("no {END_MARK} mark after the start mark"))?;
    let root = "<div id=\"app\"";
    let root_at = page[..start]
        .rfind(root)
        .ok_or("the marks are not inside <div id=\"app\">")?;
    let mut output = String::with_capacity(page.len() + rendered.len());
    output.push_str(&page[..root_at + root.len()]);
    output.push_str(&format!(" {HYDRATE_ATTRIBUTE}=\"\""));
    output.push_str(&page[root_at + root.len()..start]);
    output.push_str(rendered);
    output.push_str(&page[end + END_MARK.len()..]);
    Ok(output)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splice_replaces_the_fallback_and_marks_the_root() {
        let page = "<body><div id=\"app\"><!-- prerender:start --><p>Loading</p><!-- prerender:end --></div></body>";
        let output = splice(page, "<main>page</main>").unwrap();
        assert_eq!(
            output,
            "<body><div id=\"app\" data-prerendered=\"\"><main>page</main></div></body>"
        );
    }

    #[test]
    fn splice_refuses_a_page_without_marks() {
        assert!(splice("<div id=\"app\"></div>", "x").is_err());
        assert!(splice(
            "<!-- prerender:end --><div id=\"app\"><!-- prerender:start -->",
            "x"
        )
        .is_err());
    }
}
