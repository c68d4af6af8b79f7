package org.recbridge.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * What one job leaves: its records and run info, or its failure (exactly one of the two). Crosses from a remote
 * executor as JSON, the form results.json already gives these records, so every number comes back exactly.
 */
public record JobResult(JobKey key, List<RunRecord> records, RunInfo info, RunFailure failure) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static JobResult failed(JobKey key, RunFailure failure) {
        return new JobResult(key, List.of(), null, failure);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a job's result: " + e.getOriginalMessage(), e);
        }
    }

    public static JobResult fromJson(String json) {
        try {
            return JSON.readValue(json, JobResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a job's result: " + e.getOriginalMessage(), e);
        }
    }
}
