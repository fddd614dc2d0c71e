package schema

import (
	"embed"
	"io/fs"
)

// gazetteerFiles holds the default gazetteer data shipped with negograph.
//
//go:embed gazetteer/*.yaml
var gazetteerFiles embed.FS

// GazetteerFS returns the default gazetteer data: the YAML files of
// schema/gazetteer at the root of the returned file system.
func GazetteerFS() fs.FS {
	sub, err := fs.Sub(gazetteerFiles, "gazetteer")
	if err != nil {
		// fs.Sub fails only for an invalid directory name, which
		// "gazetteer" is not.
		return gazetteerFiles
	}
	return sub
}
