//! The floor of `cargo xtask bench`: one component with one button and a counter. Whatever the
//! estimator weighs or takes beyond this is its own cost, not Yew's or the toolchain's.

use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0_u32);
    let increment = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! {
        <main>
            <button type="button" onclick={increment}>{ "Add one" }</button>
            <p class="count" role="status">{ *count }</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
