package org.accords.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Kubernetes manifest under {@code ops/kubernetes} uses only fields of the
 * Kubernetes API (the field lists below are copied from the API reference, v1.33, for the
 * kinds used), has the fields the API requires, and its parts agree: selectors match the
 * pod labels, probes name declared ports, the autoscaler and the budget target the
 * Deployment. The compose topology has three API instances on a three-member replica set
 * behind a caching nginx.
 */
class OpsManifestTests {

	static final Path KUBERNETES = Path.of("ops/kubernetes");

	static final Path COMPOSE = Path.of("ops/compose");

	static final ObjectMapper yaml = YAMLMapper.builder().build();

	/** Kinds by apiVersion and kind, with the type of their root. */
	static final Map<String, String> KINDS = Map.of("apps/v1 Deployment", "Deployment", "v1 Service", "Service",
			"policy/v1 PodDisruptionBudget", "PodDisruptionBudget", "autoscaling/v2 HorizontalPodAutoscaler",
			"HorizontalPodAutoscaler");

	/**
	 * Fields of each API type: a type name, {@code []Type} for a list, {@code map} for a
	 * string map, {@code scalar}, or {@code any} for a structure not checked further.
	 */
	static final Map<String, Map<String, String>> TYPES = new LinkedHashMap<>();

	static void type(String name, String... fields) {
		Map<String, String> byName = new LinkedHashMap<>();
		for (String field : fields) {
			String[] parts = field.split(":");
			byName.put(parts[0], (parts.length > 1) ? parts[1] : "scalar");
		}
		TYPES.put(name, byName);
	}

	static {
		type("ObjectMeta", "name", "namespace", "labels:map", "annotations:map", "generateName", "uid",
				"resourceVersion", "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds",
				"ownerReferences:any", "finalizers:any", "managedFields:any");
		type("Deployment", "apiVersion", "kind", "metadata:ObjectMeta", "spec:DeploymentSpec", "status:any");
		type("DeploymentSpec", "replicas", "selector:LabelSelector", "template:PodTemplateSpec",
				"strategy:DeploymentStrategy", "minReadySeconds", "revisionHistoryLimit", "paused",
				"progressDeadlineSeconds");
		type("LabelSelector", "matchLabels:map", "matchExpressions:any");
		type("DeploymentStrategy", "type", "rollingUpdate:RollingUpdateDeployment");
		type("RollingUpdateDeployment", "maxUnavailable", "maxSurge");
		type("PodTemplateSpec", "metadata:ObjectMeta", "spec:PodSpec");
		type("PodSpec", "activeDeadlineSeconds", "affinity:any", "automountServiceAccountToken",
				"containers:[]Container", "dnsConfig:any", "dnsPolicy", "enableServiceLinks", "ephemeralContainers:any",
				"hostAliases:any", "hostIPC", "hostNetwork", "hostPID", "hostUsers", "hostname", "imagePullSecrets:any",
				"initContainers:[]Container", "nodeName", "nodeSelector:map", "os:any", "overhead:map",
				"preemptionPolicy", "priority", "priorityClassName", "readinessGates:any", "resourceClaims:any",
				"resources:ResourceRequirements", "restartPolicy", "runtimeClassName", "schedulerName",
				"schedulingGates:any", "securityContext:PodSecurityContext", "serviceAccount", "serviceAccountName",
				"setHostnameAsFQDN", "shareProcessNamespace", "subdomain", "terminationGracePeriodSeconds",
				"tolerations:any", "topologySpreadConstraints:any", "volumes:[]Volume");
		type("PodSecurityContext", "appArmorProfile:any", "fsGroup", "fsGroupChangePolicy", "runAsGroup",
				"runAsNonRoot", "runAsUser", "seLinuxChangePolicy", "seLinuxOptions:any", "seccompProfile:any",
				"supplementalGroups:any", "supplementalGroupsPolicy", "sysctls:any", "windowsOptions:any");
		type("Container", "args:any", "command:any", "env:[]EnvVar", "envFrom:any", "image", "imagePullPolicy",
				"lifecycle:Lifecycle", "livenessProbe:Probe", "name", "ports:[]ContainerPort", "readinessProbe:Probe",
				"resizePolicy:any", "resources:ResourceRequirements", "restartPolicy",
				"securityContext:SecurityContext", "startupProbe:Probe", "stdin", "stdinOnce", "terminationMessagePath",
				"terminationMessagePolicy", "tty", "volumeDevices:any", "volumeMounts:[]VolumeMount", "workingDir");
		type("EnvVar", "name", "value", "valueFrom:EnvVarSource");
		type("EnvVarSource", "configMapKeyRef:any", "fieldRef:any", "resourceFieldRef:any",
				"secretKeyRef:SecretKeySelector");
		type("SecretKeySelector", "key", "name", "optional");
		type("ContainerPort", "containerPort", "hostIP", "hostPort", "name", "protocol");
		type("Probe", "exec:any", "failureThreshold", "grpc:any", "httpGet:HTTPGetAction", "initialDelaySeconds",
				"periodSeconds", "successThreshold", "tcpSocket:any", "terminationGracePeriodSeconds",
				"timeoutSeconds");
		type("HTTPGetAction", "host", "httpHeaders:any", "path", "port", "scheme");
		type("Lifecycle", "postStart:LifecycleHandler", "preStop:LifecycleHandler", "stopSignal");
		type("LifecycleHandler", "exec:any", "httpGet:HTTPGetAction", "sleep:SleepAction", "tcpSocket:any");
		type("SleepAction", "seconds");
		type("ResourceRequirements", "claims:any", "limits:map", "requests:map");
		type("SecurityContext", "allowPrivilegeEscalation", "appArmorProfile:any", "capabilities:any", "privileged",
				"procMount", "readOnlyRootFilesystem", "runAsGroup", "runAsNonRoot", "runAsUser", "seLinuxOptions:any",
				"seccompProfile:any", "windowsOptions:any");
		type("VolumeMount", "mountPath", "mountPropagation", "name", "readOnly", "recursiveReadOnly", "subPath",
				"subPathExpr");
		type("Volume", "name", "awsElasticBlockStore:any", "azureDisk:any", "azureFile:any", "cephfs:any", "cinder:any",
				"configMap:any", "csi:any", "downwardAPI:any", "emptyDir:any", "ephemeral:any", "fc:any",
				"flexVolume:any", "flocker:any", "gcePersistentDisk:any", "gitRepo:any", "glusterfs:any",
				"hostPath:any", "image:any", "iscsi:any", "nfs:any", "persistentVolumeClaim:any",
				"photonPersistentDisk:any", "portworxVolume:any", "projected:any", "quobyte:any", "rbd:any",
				"scaleIO:any", "secret:any", "storageos:any", "vsphereVolume:any");
		type("Service", "apiVersion", "kind", "metadata:ObjectMeta", "spec:ServiceSpec", "status:any");
		type("ServiceSpec", "allocateLoadBalancerNodePorts", "clusterIP", "clusterIPs:any", "externalIPs:any",
				"externalName", "externalTrafficPolicy", "healthCheckNodePort", "internalTrafficPolicy",
				"ipFamilies:any", "ipFamilyPolicy", "loadBalancerClass", "loadBalancerIP",
				"loadBalancerSourceRanges:any", "ports:[]ServicePort", "publishNotReadyAddresses", "selector:map",
				"sessionAffinity", "sessionAffinityConfig:any", "trafficDistribution", "type");
		type("ServicePort", "appProtocol", "name", "nodePort", "port", "protocol", "targetPort");
		type("PodDisruptionBudget", "apiVersion", "kind", "metadata:ObjectMeta", "spec:PodDisruptionBudgetSpec",
				"status:any");
		type("PodDisruptionBudgetSpec", "maxUnavailable", "minAvailable", "selector:LabelSelector",
				"unhealthyPodEvictionPolicy");
		type("HorizontalPodAutoscaler", "apiVersion", "kind", "metadata:ObjectMeta", "spec:HorizontalPodAutoscalerSpec",
				"status:any");
		type("HorizontalPodAutoscalerSpec", "behavior:HorizontalPodAutoscalerBehavior", "maxReplicas",
				"metrics:[]MetricSpec", "minReplicas", "scaleTargetRef:CrossVersionObjectReference");
		type("CrossVersionObjectReference", "apiVersion", "kind", "name");
		type("MetricSpec", "containerResource:any", "external:any", "object:any", "pods:any",
				"resource:ResourceMetricSource", "type");
		type("ResourceMetricSource", "name", "target:MetricTarget");
		type("MetricTarget", "averageUtilization", "averageValue", "type", "value");
		type("HorizontalPodAutoscalerBehavior", "scaleDown:HPAScalingRules", "scaleUp:HPAScalingRules");
		type("HPAScalingRules", "policies:any", "selectPolicy", "stabilizationWindowSeconds", "tolerance");
	}

	/** Fields the API rejects an object without, by type. */
	static final Map<String, Set<String>> REQUIRED = Map.of("Deployment", Set.of("metadata", "spec"), "DeploymentSpec",
			Set.of("selector", "template"), "Container", Set.of("name", "image"), "ContainerPort",
			Set.of("containerPort"), "EnvVar", Set.of("name"), "ServicePort", Set.of("port"), "HTTPGetAction",
			Set.of("port"), "HorizontalPodAutoscalerSpec", Set.of("scaleTargetRef", "maxReplicas"),
			"CrossVersionObjectReference", Set.of("kind", "name"), "MetricTarget", Set.of("type"));

	static List<JsonNode> manifests() throws IOException {
		List<JsonNode> documents = new ArrayList<>();
		try (Stream<Path> files = Files.list(KUBERNETES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".yaml")).sorted().toList()) {
				yaml.readValues(yaml.createParser(file.toFile()), JsonNode.class)
					.readAll()
					.stream()
					.filter((node) -> !node.isNull())
					.forEach(documents::add);
			}
		}
		return documents;
	}

	@Test
	void everyManifestUsesOnlyKubernetesApiFields() throws IOException {
		List<JsonNode> documents = manifests();
		assertThat(documents).extracting((doc) -> doc.path("kind").asString())
			.containsExactlyInAnyOrder("Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Service");
		List<String> problems = new ArrayList<>();
		for (JsonNode document : documents) {
			String root = KINDS.get(document.path("apiVersion").asString() + " " + document.path("kind").asString());
			assertThat(root).as("a known apiVersion and kind: " + document.path("kind")).isNotNull();
			check(document, root, document.path("kind").asString(), problems);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aFieldTheApiDoesNotHaveIsCaught() {
		List<String> problems = new ArrayList<>();
		JsonNode typo = yaml.readTree("spec: {replicas: 3, templat: {}}");
		check(typo, "Deployment", "typo", problems);
		assertThat(problems).anyMatch((problem) -> problem.contains("spec.templat"));
	}

	static void check(JsonNode node, String type, String path, List<String> problems) {
		if (type.equals("any") || type.equals("scalar")) {
			return;
		}
		if (type.startsWith("[]")) {
			if (!node.isArray()) {
				problems.add(path + ": a list expected");
				return;
			}
			for (int i = 0; i < node.size(); i++) {
				check(node.get(i), type.substring(2), path + "[" + i + "]", problems);
			}
			return;
		}
		if (!node.isObject()) {
			problems.add(path + ": an object expected");
			return;
		}
		if (type.equals("map")) {
			node.properties().forEach((entry) -> {
				if (!entry.getValue().isString()) {
					problems.add(path + "." + entry.getKey() + ": a string value expected");
				}
			});
			return;
		}
		Map<String, String> fields = TYPES.get(type);
		for (String required : REQUIRED.getOrDefault(type, Set.of())) {
			if (!node.has(required)) {
				problems.add(path + "." + required + ": required");
			}
		}
		node.properties().forEach((entry) -> {
			String fieldType = fields.get(entry.getKey());
			if (fieldType == null) {
				problems.add(path + "." + entry.getKey() + ": no such field in " + type);
			}
			else {
				check(entry.getValue(), fieldType, path + "." + entry.getKey(), problems);
			}
		});
	}

	@Test
	void selectorsPortsAndTargetsAgree() throws IOException {
		Map<String, JsonNode> byKind = new LinkedHashMap<>();
		manifests().forEach((doc) -> byKind.put(doc.path("kind").asString(), doc));
		JsonNode deployment = byKind.get("Deployment");
		JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
		assertThat(deployment.at("/spec/selector/matchLabels")).isEqualTo(podLabels);
		assertThat(byKind.get("Service").at("/spec/selector")).isEqualTo(podLabels);
		assertThat(byKind.get("PodDisruptionBudget").at("/spec/selector/matchLabels")).isEqualTo(podLabels);
		JsonNode target = byKind.get("HorizontalPodAutoscaler").at("/spec/scaleTargetRef");
		assertThat(target.path("kind").asString()).isEqualTo("Deployment");
		assertThat(target.path("name").asString()).isEqualTo(deployment.at("/metadata/name").asString());
		assertThat(byKind.get("PodDisruptionBudget").at("/spec/minAvailable").asInt())
			.isLessThan(byKind.get("HorizontalPodAutoscaler").at("/spec/minReplicas").asInt());

		JsonNode container = deployment.at("/spec/template/spec/containers/0");
		List<String> ports = new ArrayList<>();
		container.path("ports").forEach((port) -> ports.add(port.path("name").asString()));
		for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
			assertThat(ports).as(probe).contains(container.at("/" + probe + "/httpGet/port").asString());
		}
		assertThat(container.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
		assertThat(container.at("/readinessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/readiness");
		assertThat(container.at("/resources/requests/cpu").isMissingNode()).as("the HPA needs a CPU request").isFalse();
		assertThat(ports).contains(byKind.get("Service").at("/spec/ports/0/targetPort").asString());
	}

	@Test
	void composeRunsThreeApiInstancesOnAThreeMemberReplicaSetBehindNginx() throws IOException {
		JsonNode compose = yaml.readTree(COMPOSE.resolve("compose.yaml").toFile());
		JsonNode services = compose.path("services");
		for (String api : List.of("api1", "api2", "api3")) {
			String uri = services.at("/" + api + "/environment/MONGODB_URI").asString();
			assertThat(uri).as(api).contains("replicaSet=rs0", "readPreference=secondaryPreferred", "w=majority");
			assertThat(uri).contains("mongo1:27017", "mongo2:27017", "mongo3:27017");
		}
		for (String mongo : List.of("mongo1", "mongo2", "mongo3")) {
			assertThat(services.at("/" + mongo + "/command").toString()).as(mongo).contains("--replSet", "rs0");
		}
		assertThat(Files.readString(COMPOSE.resolve("mongo-init.js"))).contains("rs.initiate", "mongo1:27017",
				"mongo2:27017", "mongo3:27017");
		String nginx = Files.readString(COMPOSE.resolve("nginx.conf"));
		assertThat(nginx).contains("server api1:8080;", "server api2:8080;", "server api3:8080;",
				"proxy_cache accords;", "proxy_cache_revalidate on;");
		// answers of another dataset version, asked for by header, are cached apart
		assertThat(nginx).containsPattern("proxy_cache_key \"[^\"]*\\$http_accords_version[^\"]*\";");
	}

}
