//! The browser's local storage, for the web version. Each entry is a string under
//! `takedown/<key>` (every entry the game keeps is JSON or CSV text). Browsers keep about 5 MiB
//! per site; when that is full, saving fails with a message the player sees, and nothing
//! already saved is lost. Files to keep (the CSV of a run) are downloads.

use wasm_bindgen::JsCast;

use super::backend::{Backend, names_under};
use super::{Location, StoreError};

const PREFIX: &str = "takedown/";

/// Local storage in the page's browser.
#[derive(Debug, Default, Clone, Copy)]
pub struct BrowserBackend;

fn storage() -> Result<web_sys::Storage, StoreError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StoreError::NoBrowserStorage)
}

fn keys(storage: &web_sys::Storage) -> Vec<String> {
    let n = storage.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|k| k.strip_prefix(PREFIX).map(str::to_string))
        .collect()
}

impl Backend for BrowserBackend {
    fn read(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let value = storage()?
            .get_item(&format!("{PREFIX}{key}"))
            .map_err(|_| StoreError::BrowserRefused {
                at: self.location_of(key),
            })?;
        Ok(value.map(String::into_bytes))
    }

    fn write(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        let text = std::str::from_utf8(bytes).map_err(|_| StoreError::NotText {
            at: self.location_of(key),
        })?;
        storage()?
            .set_item(&format!("{PREFIX}{key}"), text)
            .map_err(|_| StoreError::BrowserStorageFull {
                at: self.location_of(key),
            })
    }

    fn remove(&self, key: &str) {
        if let Ok(storage) = storage() {
            let _ = storage.remove_item(&format!("{PREFIX}{key}"));
        }
    }

    fn folders(&self, prefix: &str) -> Vec<String> {
        let keys = storage().map(|s| keys(&s)).unwrap_or_default();
        names_under(keys.iter().map(String::as_str), prefix, true)
    }

    fn entries(&self, prefix: &str) -> Vec<String> {
        let keys = storage().map(|s| keys(&s)).unwrap_or_default();
        names_under(keys.iter().map(String::as_str), prefix, false)
    }

    fn move_aside(&self, key: &str, stamp: &str) -> Result<Location, StoreError> {
        let bytes = self.read(key)?.ok_or_else(|| StoreError::NotThere {
            at: self.location_of(key),
        })?;
        let aside = format!("{key}.corrupt-{stamp}");
        self.write(&aside, &bytes)?;
        self.remove(key);
        Ok(self.location_of(&aside))
    }

    fn location(&self) -> Location {
        Location::Browser { key: None }
    }

    fn location_of(&self, key: &str) -> Location {
        Location::Browser {
            key: Some(key.to_string()),
        }
    }

    fn export(&self, name: &str, bytes: &[u8]) -> Result<Location, StoreError> {
        download(name, bytes).map_err(|()| StoreError::NotDownloaded {
            name: name.to_string(),
        })?;
        Ok(Location::Downloads {
            name: name.to_string(),
        })
    }
}

/// Hand `bytes` to the browser as a download named `name`.
fn download(name: &str, bytes: &[u8]) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let document = window.document().ok_or(())?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(if name.ends_with(".csv") {
        "text/csv;charset=utf-8"
    } else {
        "application/json"
    });
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
