module github.com/negograph/negograph

go 1.26.8
