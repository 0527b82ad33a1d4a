// The monitoring job of a released model: on a schedule, checks the scoring service's request log for drift of
// inputs and predictions (modelgate monitor drift) and, once late labels arrive, for a drop in performance (modelgate
// monitor performance). When a gate fails it archives the evidence and the retrain request, marks the stage unstable
// and starts the retrain job with the request; nothing is started while the gates pass. See mlMonitor.txt.

/**
 * Runs the checks.
 *
 * @param config the settings: model, log, reference, and pmml or bundle (required); labels with key and target (the
 *     performance check), labelsKey, baseline or baselineValue, metric, tolerance; window, since, version, agent,
 *     evidence, output, checkout, publicKey (with bundle), retrainJob, modelgate (the command line)
 * @return failed (the checks whose gate failed), exitCodes (by check) and retrainRequest (what the retrain job got,
 *     empty when none was started)
 */
def call(Map config) {
    modelgateIntegration.require(config, ['model', 'log', 'reference'])
    if (!config.pmml && !config.bundle) {
        error "ModelGate: mlMonitor needs the setting 'pmml' (the released model) or 'bundle' (its signed bundle)"
    }
    if (config.labels) {
        modelgateIntegration.require(config, ['key', 'target'])
    }
    Map<String, Integer> exitCodes = [:]
    Map<String, String> messages = [:]
    List<String> requests = []
    stage('Monitoring') {
        mlGatedStage.onAgent(config) {
            if (config.checkout != false) {
                checkout scm
            }
            String model = releasedModel(config)
            check(config, 'drift', driftCommand(config, model), exitCodes, messages)
            if (config.labels) {
                check(config, 'performance', performanceCommand(config), exitCodes, messages)
            }
            String folder = mlGatedStage.evidence(config)
            archiveArtifacts artifacts: "${folder}/**", allowEmptyArchive: true, fingerprint: true
            junit testResults: "${folder}/*/*-junit.xml", allowEmptyResults: true, skipMarkingBuildUnstable: true
            exitCodes.each { name, code ->
                if (code == 1) {
                    requests << location("${folder}/${name}/retrain-request.json")
                }
            }
        }
        List<String> failed = exitCodes.findAll { it.value == 1 }.collect { it.key }
        if (failed) {
            unstable "ModelGate: the ${failed.join(' and ')} gate of ${config.model} failed; retrain requested: " +
                    requests.join(', ')
            retrain(config, requests.join(','))
        }
        Map<String, Integer> broken = exitCodes.findAll { it.value != 0 && it.value != 1 }
        if (broken) {
            error broken.collect { name, code ->
                "ModelGate: modelgate monitor ${name} failed with exit code ${code}: ${messages[name]}"
            }.join('; ')
        }
    }
    List<String> failed = exitCodes.findAll { it.value == 1 }.collect { it.key }
    return [failed: failed, exitCodes: exitCodes, retrainRequest: failed ? requests.join(',') : '']
}

/**
 * Runs one monitor command with its own evidence folder (each writes monitoring.json), keeping what it wrote to
 * stderr so that an input error (exit code 2) fails the build with the command's own message.
 */
def check(Map config, String name, String command, Map exitCodes, Map messages) {
    String folder = "${mlGatedStage.evidence(config)}/${name}"
    String errors = "${folder}/stderr.txt"
    int status = sh(returnStatus: true, script: "mkdir -p ${quote(folder)} || exit 2\n" +
            "${command} 2> ${quote(errors)}\nstatus=\$?\ncat ${quote(errors)} >&2\nexit \$status")
    exitCodes[name] = status
    if (status != 0 && status != 1) {
        List<String> lines = fileExists(errors) ? readFile(errors).readLines().findAll { it.trim() } : []
        messages[name] = lines ? lines[-1].trim() : 'see its output above'
    }
}

/** @return the command line of the drift check: inputs and predictions of every window against the reference */
String driftCommand(Map config, String model) {
    String folder = "${mlGatedStage.evidence(config)}/drift"
    return "${command(config)} monitor drift --pmml ${quote(model)} --log ${quote(config.log)}" +
            " --reference ${quote(config.reference)}" +
            optional('--positive-class', config.positiveClass) +
            common(config, folder)
}

/** @return the command line of the performance check: logged predictions joined with the late labels */
String performanceCommand(Map config) {
    String folder = "${mlGatedStage.evidence(config)}/performance"
    return "${command(config)} monitor performance --log ${quote(config.log)} --labels ${quote(config.labels)}" +
            " --key ${quote(config.key)} --target ${quote(config.target)}" +
            optional('--labels-key', config.labelsKey) +
            optional('--baseline', config.baseline) +
            optional('--baseline-value', config.baselineValue) +
            optional('--metric', config.metric) +
            optional('--tolerance', config.tolerance) +
            common(config, folder)
}

/** @return the options both checks share: window, since, the evidence and its reports, the model's name */
String common(Map config, String folder) {
    return optional('--window', config.window) +
            optional('--since', config.since) +
            " --evidence ${quote(folder)} --html ${quote(folder + '/monitoring.html')}" +
            " --junit ${quote(folder + '/monitoring-junit.xml')}" +
            " --model ${quote(config.model)}" +
            optional('--model-version', config.version)
}

/**
 * The released model as a PMML file: the pmml setting, or the model of the signed bundle, verified with the public
 * key (modelgate verify) before its model.pmml is unzipped into the output folder.
 */
String releasedModel(Map config) {
    if (config.pmml) {
        return config.pmml
    }
    String folder = "${mlGatedStage.output(config)}/monitored"
    String key = config.publicKey ?: 'modelgate.pub'
    int status = sh(returnStatus: true, script: "${command(config)} verify ${quote(config.bundle)}" +
            " --public-key ${quote(key)} && unzip -o -q ${quote(config.bundle)} model.pmml -d ${quote(folder)}")
    if (status != 0) {
        error "ModelGate: the bundle ${config.bundle} did not verify with ${key} or could not be unzipped" +
                " (exit code ${status}); see the output above"
    }
    return "${folder}/model.pmml"
}

/** Starts the retrain job with the retrain request, without waiting for it; without a retrainJob only says so. */
def retrain(Map config, String request) {
    if (!config.retrainJob) {
        echo "ModelGate: no retrainJob in the settings; nothing started for the retrain request ${request}"
        return
    }
    build job: config.retrainJob, wait: false, parameters: [string(name: 'RETRAIN_REQUEST', value: request)]
}

/** @return where an archived file of this build can be fetched: its URL, or its path when Jenkins gives no URL */
String location(String path) {
    return env.BUILD_URL ? "${env.BUILD_URL}artifact/${path}" : path
}

/** @return the command line of ModelGate on the agent, modelgate unless stated */
String command(Map config) {
    return config.modelgate ?: 'modelgate'
}

/** @return the option with its value quoted, or nothing when the value is not set */
String optional(String option, Object value) {
    return value == null || value == '' ? '' : " ${option} ${quote(value as String)}"
}

/** @return the text single-quoted for sh */
String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'"
}
