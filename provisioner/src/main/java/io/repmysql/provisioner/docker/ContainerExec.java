package io.repmysql.provisioner.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command inside a container and collects its exit code and output. */
public final class ContainerExec {

    private ContainerExec() {
    }

    /** The outcome of one command; {@code output} holds stdout and stderr interleaved. */
    public record Result(int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    public static Result run(DockerClient docker, String containerId, List<String> command, long timeoutSeconds) {
        String execId = docker.execCreateCmd(containerId).withCmd(command.toArray(String[]::new))
                .withAttachStdout(true).withAttachStderr(true).exec().getId();
        StringBuilder output = new StringBuilder();
        try {
            boolean finished = docker.execStartCmd(execId).exec(new ResultCallback.Adapter<Frame>() {
                @Override
                public void onNext(Frame frame) {
                    synchronized (output) {
                        output.append(new String(frame.getPayload(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }).awaitCompletion(timeoutSeconds, TimeUnit.SECONDS);
            if (!finished) {
                return new Result(-1, "timed out after " + timeoutSeconds + "s: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
        Long exit = docker.inspectExecCmd(execId).exec().getExitCodeLong();
        return new Result(exit == null ? -1 : exit.intValue(), output.toString());
    }
}
