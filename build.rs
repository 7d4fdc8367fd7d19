// The default deck is embedded with include_dir!, which stable Rust cannot track: tell Cargo to
// rebuild when anything under cards/ changes, so the binary never ships a stale deck.
fn main() {
    println!("cargo:rerun-if-changed=cards");
}
