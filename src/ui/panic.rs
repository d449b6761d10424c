//! What the user sees if the app ever panics: a message that says the work
//! saved so far is safe and how to get it out, instead of a page that
//! silently stops answering. A panic leaves the wasm instance unusable, so
//! the message is written straight into the DOM, not through Yew.

use wasm_bindgen::JsCast;

/// Installs the panic hook; called once, before the app mounts.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        let Some(body) = gloo::utils::document().body() else {
            return;
        };
        let Ok(el) = gloo::utils::document().create_element("div") else {
            return;
        };
        el.set_class_name("notice error crashed");
        let _ = el.set_attribute("role", "alert");
        let _ = el.set_attribute("data-testid", "crashed");
        // Text, never HTML: the detail may quote the user's data.
        el.set_text_content(Some(&format!(
            "The annotator stopped because of an internal error. Everything saved before it is kept in this browser: reload the page to go on, then use Export… to keep a copy of your workspace. (Details: {detail})"
        )));
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = body.prepend_with_node_1(&el);
        }
    }));
}
