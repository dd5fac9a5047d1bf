//! `imsmanifest.xml` for SCORM 1.2 (IMS Content Packaging 1.1.2 with
//! ADL's `adlcp` extensions) and SCORM 2004 4th edition (IMS CP 1.1.4
//! with `adlcp_v1p3`): one organization with one item, one SCO resource
//! whose `href` is the launch page, listing every file of the package.
//! The checklists they are tested against are in `docs/embedding.md`
//! ("The LMS package") and `tests/manifest.rs`.

use crate::{LAUNCH_HTML, Standard, escape};

/// The manifest's identifier: `worthit-` and a hash (64-bit FNV-1a) of
/// the scenario (or comparison), so a re-exported package of the same
/// document replaces the old one in an LMS that matches by identifier. An
/// XML `ID`: starts with a letter, no spaces.
pub fn identifier(document_json: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in document_json.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("worthit-{hash:016x}")
}

/// The manifest for a package titled `title` holding `files` (paths in
/// the zip, the manifest itself excluded), for `standard`.
pub fn manifest(standard: Standard, title: &str, identifier: &str, files: &[String]) -> String {
    let title = escape(title);
    let mut file_list = String::new();
    for file in files {
        file_list.push_str(&format!("      <file href=\"{}\"/>\n", escape(file)));
    }
    // The two editions differ only in their namespaces, the schema
    // version and the spelling of the SCO attribute (`scormtype` in 1.2,
    // `scormType` in 2004 4th edition, whose IMS CP 1.1.4 and
    // `adlcp_v1p3` namespaces it uses). No sequencing rules: with one SCO
    // the LMS's defaults (choice and flow) are what a single activity needs.
    let (cp, adlcp, version, sco_type) = match standard {
        Standard::Scorm12 => (
            "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
            "http://www.adlnet.org/xsd/adlcp_rootv1p2",
            "1.2",
            "scormtype",
        ),
        Standard::Scorm2004 => (
            "http://www.imsglobal.org/xsd/imscp_v1p1",
            "http://www.adlnet.org/xsd/adlcp_v1p3",
            "2004 4th Edition",
            "scormType",
        ),
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{identifier}" version="1.0"
    xmlns="{cp}"
    xmlns:adlcp="{adlcp}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>{version}</schemaversion>
  </metadata>
  <organizations default="worthit-organization">
    <organization identifier="worthit-organization">
      <title>{title}</title>
      <item identifier="worthit-item" identifierref="worthit-sco" isvisible="true">
        <title>{title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="worthit-sco" type="webcontent" adlcp:{sco_type}="sco" href="{LAUNCH_HTML}">
{file_list}    </resource>
  </resources>
</manifest>
"#
    )
}
