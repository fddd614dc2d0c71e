package examples_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	"sigs.k8s.io/yaml"

	"github.com/negograph/negograph/internal/pipeline"
)

// decodeStrict decodes a Kubernetes manifest into out, rejecting unknown
// and duplicated fields (the API server's strict field validation).
func decodeStrict(t *testing.T, path string, out any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("\n---")) {
		t.Fatalf("%s: one object per file", path)
	}
	if err := yaml.UnmarshalStrict(b, out); err != nil {
		t.Fatalf("%s does not match the Kubernetes API schema: %v", path, err)
	}
}

// mounted says whether path is on one of the container's volume mounts of
// the PVC claim, and fails the test when not.
func mounted(t *testing.T, spec corev1.PodSpec, claim, path string) {
	t.Helper()
	vols := map[string]bool{}
	for _, v := range spec.Volumes {
		if v.PersistentVolumeClaim != nil && v.PersistentVolumeClaim.ClaimName == claim {
			vols[v.Name] = true
		}
	}
	for _, m := range spec.Containers[0].VolumeMounts {
		if vols[m.Name] && strings.HasPrefix(path, strings.TrimSuffix(m.MountPath, "/")+"/") {
			return
		}
	}
	t.Errorf("%s is not on the volume of claim %s", path, claim)
}

// TestKubernetesExample decodes examples/k8s against the Kubernetes API
// types (k8s.io/api) and checks what the sharded build needs: an Indexed
// Job whose pod I runs build --shard I/N, and an assemble Job given the N
// folders the shards write, all on one ReadWriteMany volume.
func TestKubernetesExample(t *testing.T) {
	dir := filepath.Join("k8s")
	var pvc corev1.PersistentVolumeClaim
	var shards, assemble batchv1.Job
	decodeStrict(t, filepath.Join(dir, "storage.yaml"), &pvc)
	decodeStrict(t, filepath.Join(dir, "shards-job.yaml"), &shards)
	decodeStrict(t, filepath.Join(dir, "assemble-job.yaml"), &assemble)
	if pvc.Kind != "PersistentVolumeClaim" || !slices.Contains(pvc.Spec.AccessModes, corev1.ReadWriteMany) {
		t.Errorf("storage.yaml: kind %s, access modes %v: want a ReadWriteMany PersistentVolumeClaim", pvc.Kind, pvc.Spec.AccessModes)
	}
	for _, j := range []*batchv1.Job{&shards, &assemble} {
		if j.APIVersion != "batch/v1" || j.Kind != "Job" {
			t.Errorf("%s: %s %s, want batch/v1 Job", j.Name, j.APIVersion, j.Kind)
		}
		if len(j.Spec.Template.Spec.Containers) != 1 {
			t.Fatalf("%s: want one container", j.Name)
		}
		if p := j.Spec.Template.Spec.RestartPolicy; p != corev1.RestartPolicyNever && p != corev1.RestartPolicyOnFailure {
			t.Errorf("%s: restartPolicy %q is not allowed in a Job", j.Name, p)
		}
	}

	// The map step.
	spec := shards.Spec
	if spec.CompletionMode == nil || *spec.CompletionMode != batchv1.IndexedCompletion {
		t.Fatal("shards-job.yaml: completionMode must be Indexed (it sets JOB_COMPLETION_INDEX)")
	}
	if spec.Completions == nil || *spec.Completions < 1 {
		t.Fatal("shards-job.yaml: completions (N) must be set")
	}
	n := int(*spec.Completions)
	if spec.BackoffLimitPerIndex != nil && spec.Template.Spec.RestartPolicy != corev1.RestartPolicyNever {
		t.Error("shards-job.yaml: backoffLimitPerIndex needs restartPolicy Never")
	}
	args := spec.Template.Spec.Containers[0].Args
	flag := func(args []string, name string) string {
		i := slices.Index(args, name)
		if i < 0 || i+1 >= len(args) {
			t.Fatalf("args %v: no %s", args, name)
		}
		return args[i+1]
	}
	if len(args) == 0 || args[0] != "build" {
		t.Fatalf("shards-job.yaml: args %v, want build …", args)
	}
	shardArg, contrib := flag(args, "--shard"), flag(args, "--contributions")
	corpus := args[len(args)-1]
	if !strings.Contains(shardArg, "$(JOB_COMPLETION_INDEX)") || !strings.Contains(contrib, "$(JOB_COMPLETION_INDEX)") {
		t.Errorf("shards-job.yaml: --shard %s --contributions %s must use $(JOB_COMPLETION_INDEX)", shardArg, contrib)
	}
	pod := spec.Template.Spec
	claim := pod.Volumes[0].PersistentVolumeClaim
	if claim == nil || claim.ClaimName != pvc.Name {
		t.Fatalf("shards-job.yaml: the volume is not the claim %s", pvc.Name)
	}
	mounted(t, pod, pvc.Name, corpus)
	var folders []string
	index := regexp.MustCompile(`\$\(JOB_COMPLETION_INDEX\)`)
	for i := 0; i < n; i++ {
		// What Kubernetes expands in pod i, and what build then parses.
		s, of, err := pipeline.ParseShard(index.ReplaceAllString(shardArg, fmt.Sprint(i)))
		if err != nil || s != i || of != n {
			t.Errorf("pod %d of %d gets --shard %s: %d/%d, %v", i, n, index.ReplaceAllString(shardArg, fmt.Sprint(i)), s, of, err)
		}
		folders = append(folders, index.ReplaceAllString(contrib, fmt.Sprint(i)))
		mounted(t, pod, pvc.Name, folders[i])
	}

	// The reduce step.
	aargs := assemble.Spec.Template.Spec.Containers[0].Args
	if len(aargs) == 0 || aargs[0] != "assemble" {
		t.Fatalf("assemble-job.yaml: args %v, want assemble …", aargs)
	}
	out := flag(aargs, "--out")
	var given []string
	for i := 1; i < len(aargs); i++ {
		if aargs[i] == "--out" {
			i++
			continue
		}
		given = append(given, aargs[i])
	}
	if !slices.Equal(given, folders) {
		t.Errorf("assemble-job.yaml assembles %v, the shards write %v", given, folders)
	}
	apod := assemble.Spec.Template.Spec
	mounted(t, apod, pvc.Name, out)
	for _, f := range folders {
		mounted(t, apod, pvc.Name, f)
	}
	for _, e := range apod.Containers[0].Env {
		if strings.HasPrefix(e.Name, "NEGOGRAPH_NEO4J_") && e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil &&
			(e.ValueFrom.SecretKeyRef.Optional == nil || !*e.ValueFrom.SecretKeyRef.Optional) {
			t.Errorf("assemble-job.yaml: %s should be optional (no Secret: no load)", e.Name)
		}
	}
}

// TestKubernetesStrictDecodeRejects makes sure the strict decoding above
// would catch a misspelt field.
func TestKubernetesStrictDecodeRejects(t *testing.T) {
	bad := []byte("apiVersion: batch/v1\nkind: Job\nspec:\n  completionsMode: Indexed\n")
	var j batchv1.Job
	if err := yaml.UnmarshalStrict(bad, &j); err == nil || !strings.Contains(err.Error(), "completionsMode") {
		t.Errorf("a misspelt field was accepted: %v", err)
	}
}
